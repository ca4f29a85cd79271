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

    /// <summary>
    /// The folder <paramref name="path"/> (given as <paramref name="option"/>), checked before any work so that a
    /// command never computes for minutes and then fails to write: it must not be a file, the folder or the nearest
    /// one above it that exists must take new files, and none of <paramref name="fileNames"/> may be a folder there.
    /// Nothing is created: a refused command leaves the disk as it was.
    /// </summary>
    public static OutputDirectory Checked(string path, string option = "--out", IEnumerable<string>? fileNames = null)
    {
        string full;
        try
        {
            full = System.IO.Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserInputException($"error: {option}: found '{path}', expected a folder name ({e.Message})");
        }
        if (File.Exists(full)) throw new UserInputException($"error: {option}: found the file {full}, expected a folder");
        string? existing = full;
        while (existing is not null && !Directory.Exists(existing))
        {
            if (File.Exists(existing)) throw new UserInputException($"error: {option}: found the file {existing} where {full} needs a folder, expected a path through folders only");
            existing = System.IO.Path.GetDirectoryName(existing);
        }
        if (existing is null) throw new UserInputException($"error: {option}: found '{path}', whose drive or root does not exist; expected a folder on a disk that does");
        Probe(existing, full, option);
        foreach (string name in fileNames ?? [])
        {
            string target = System.IO.Path.Combine(full, name);
            if (Directory.Exists(target)) throw new UserInputException($"error: {option}: found a folder at {target}, expected a file name free for {name}");
        }
        return new OutputDirectory(full);
    }

    /// <summary>Creates and at once deletes a file in <paramref name="folder"/>: the one sure test that files can be made there.</summary>
    private static void Probe(string folder, string full, string option)
    {
        string probe = System.IO.Path.Combine(folder, $".logisticssim-probe.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        try
        {
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string where = folder == full ? full : $"{folder} (to make {full} in)";
            string reason = e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
            throw new UserInputException($"error: {option}: found {where}, where no file can be made ({reason}), expected a folder you may write to");
        }
    }

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
