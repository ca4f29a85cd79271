// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Cli.Output;

/// <summary>
/// Writes a command's files so that none is ever half-written: each goes to a temporary name in the
/// same folder, then is renamed over the final name (atomic on one file system). A run that fails
/// writes nothing, because files are only written once everything has been computed.
/// </summary>
public sealed class OutputDirectory(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public void Write(string fileName, byte[] content) => WriteStream(fileName, stream => stream.Write(content));

    public void Write(string fileName, Action<TextWriter> write) => WriteStream(fileName, stream =>
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        write(writer);
    });

    private void WriteStream(string fileName, Action<Stream> write)
    {
        Directory.CreateDirectory(Path);
        string final = System.IO.Path.Combine(Path, fileName);
        string temporary = System.IO.Path.Combine(Path, $".{fileName}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            {
                write(stream);
            }
            File.Move(temporary, final, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
