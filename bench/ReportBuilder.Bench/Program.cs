Console.Error.WriteLine("bench: not yet written");
