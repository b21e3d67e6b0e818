using System.Text;

namespace Syndicate.Storage;

/// <summary>
/// One server per database: a byte-range lock on <c>{database}.lock</c> beside the file, which holds the server's process
/// id and command line. It is taken before anything opens the database and released when the process ends, however it
/// ends (the kernel drops the lock of a killed process). A second server on the same file is refused with the holder's
/// process id, read from the lock file, which the lock leaves readable. A server that stops cleanly empties the file as it
/// lets go, so the next one knows whether the last holder was cut short (killed, crashed, the power lost).
/// </summary>
public sealed class DatabaseLock(string databasePath) : IDisposable
{
    // A byte past the holder's text: locking it keeps the text readable where locks are mandatory (Windows).
    private const long LockedByte = 4096;

    private FileStream? _file;

    public string Path => databasePath + ".lock";

    /// <summary>Whether this process holds the lock.</summary>
    public bool Held => _file is not null;

    /// <summary>
    /// Whether the previous holder is known to have let go cleanly: the file was there and empty. A file made now says
    /// nothing (a database moved or restored without it); known once <see cref="Acquire"/> succeeded.
    /// </summary>
    public bool PreviousHolderStoppedCleanly { get; private set; }

    /// <exception cref="DatabaseInUseException">Another process holds the lock.</exception>
    public void Acquire()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var existed = File.Exists(Path);
        FileStream file;
        try
        {
            // .NET has no byte-range locks on macOS; there an exclusive open is the lock, and the holder is not named.
            file = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, OperatingSystem.IsMacOS() ? FileShare.None : FileShare.ReadWrite);
            if (!OperatingSystem.IsMacOS())
            {
                LockOrRelease(file);
            }
        }
        catch (IOException)
        {
            throw new DatabaseInUseException(databasePath, Holder());
        }

        PreviousHolderStoppedCleanly = existed && file.Length == 0;
        file.SetLength(0);
        file.Write(Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n{string.Join(' ', Environment.GetCommandLineArgs())}\n"));
        file.Flush(flushToDisk: true);
        _file = file;
    }

    /// <summary>Lets go cleanly: empties the file, then releases the lock.</summary>
    public void Dispose()
    {
        if (_file is null)
        {
            return;
        }

        _file.SetLength(0);
        _file.Flush(flushToDisk: true);
        _file.Dispose();
        _file = null;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("macos")]
    private static void LockOrRelease(FileStream file)
    {
        try
        {
            file.Lock(LockedByte, 1);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Who holds the lock, as its lock file says: "process 1234 (dotnet Syndicate.dll)"; null when it cannot be read.</summary>
    private string? Holder()
    {
        try
        {
            var lines = File.ReadAllLines(Path);
            return lines is [var pid, var command, ..] && pid.Length > 0 ? $"process {pid} ({command})" : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
