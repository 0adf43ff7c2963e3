import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with `posix_spawn` and `waitpid`.
///
/// Foundation's `Process.waitUntilExit` can hang on Linux when called off the main
/// run loop (from Swift concurrency threads or test runners), so LaborETL spawns
/// its children itself. Output is collected in temporary files, not pipes: a
/// server started by `pg_ctl` could inherit a pipe and keep it open forever.
public enum ChildProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `argv` (looked up in PATH) in `directory` (default `/`), with `environment`
    /// (default: this process's), and waits for it.
    /// - Parameter mergeOutput: send stderr to the stdout file too.
    public static func run(_ argv: [String], environment: [String: String]? = nil, directory: String = "/",
                           mergeOutput: Bool = false) throws -> Result {
        try start(argv, environment: environment, directory: directory, mergeOutput: mergeOutput).wait()
    }

    /// A started child; ``wait()`` collects it.
    public final class Running: @unchecked Sendable {
        public let pid: pid_t
        let outPath: String, errPath: String, mergeOutput: Bool
        init(pid: pid_t, outPath: String, errPath: String, mergeOutput: Bool) {
            self.pid = pid; self.outPath = outPath; self.errPath = errPath; self.mergeOutput = mergeOutput
        }
        /// Sends a signal (e.g. SIGKILL).
        public func signal(_ sig: Int32) { kill(pid, sig) }
        /// Waits for the child to exit and returns its status and output.
        public func wait() -> Result {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            defer { unlink(outPath); unlink(errPath) }
            let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            return Result(status: exitStatus,
                          stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                          stderr: mergeOutput ? "" : ((try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""))
        }
    }

    /// Starts `argv` without waiting for it.
    public static func start(_ argv: [String], environment: [String: String]? = nil, directory: String = "/",
                             mergeOutput: Bool = false) throws -> Running {
        precondition(!argv.isEmpty)
        let base = NSTemporaryDirectory() + "labor-etl-child-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let outPath = base + ".out", errPath = base + ".err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if mergeOutput {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        // `sh -c 'cd DIR && exec "$@"'`: changes directory in the child only.
        let shell = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + argv
        let cArgs: [UnsafeMutablePointer<CChar>?] = shell.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        let env = environment ?? ProcessInfo.processInfo.environment
        let cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", &actions, nil, cArgs, cEnv)
        guard rc == 0 else {
            throw NSError(domain: "ChildProcess", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "cannot start \(argv[0]): \(String(cString: strerror(rc)))"])
        }
        return Running(pid: pid, outPath: outPath, errPath: errPath, mergeOutput: mergeOutput)
    }
}
