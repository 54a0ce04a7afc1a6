using Kopdes.Shu.Cli;

return CliApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
