using System.Runtime.InteropServices;
using Kopdes.Shu.Cli;

// Ctrl+C or a stop from the system cancels the run: each write stops before its commit and deletes its temporary
// files, and the exit code is 128 + the signal. Reading stops between blocks of rows too. A run that does not stop
// within a few seconds (deep in a calculation) is ended then; the next run writing the same output removes what it left.
using var cancel = new CancellationTokenSource();
var stopped = ExitCodes.Interrupted;
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopped = context.Signal == PosixSignal.SIGINT ? ExitCodes.Interrupted : ExitCodes.Terminated;
    cancel.Cancel();
    _ = Task.Delay(TimeSpan.FromSeconds(10)).ContinueWith(_ => Environment.Exit(stopped), TaskScheduler.Default);
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
var exit = CliApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected, cancel.Token, Launch.OwnsItsWindow(), Console.In);
return exit == ExitCodes.Interrupted ? stopped : exit;
