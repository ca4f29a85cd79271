namespace LogisticsSim.Cli.Tests;

/// <summary>Runs the command in-process and captures what it prints.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string Repo { get; } = FindRepo();

    public static string Scenario(string name) => Path.Combine(Repo, "scenarios", name);

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LogisticsSim.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("LogisticsSim.sln not found above the test binaries");
    }
}
