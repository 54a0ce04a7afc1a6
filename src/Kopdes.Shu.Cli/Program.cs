using System.Runtime.InteropServices;
using Kopdes.Shu.Cli;
using Kopdes.Shu.IO.Files;

// Ctrl+C or a stop from the system: leave no temporary or half-written file, then exit 128 + signal.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return CliApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);

static void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    PendingWrites.Abandon();
    Environment.Exit(context.Signal == PosixSignal.SIGINT ? 130 : 143);
}
