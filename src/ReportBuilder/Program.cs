using ReportBuilder;

return Cli.Run(args, Console.Out, Console.Error);
