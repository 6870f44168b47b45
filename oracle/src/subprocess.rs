//! `python3.11 file.py` in a child process: slow, but nothing can leak between
//! programs and nothing is emulated, so it is the reference the embedded
//! runner is tested against (and a fallback where embedding is impossible).

use crate::{cpython_abspath, ExceptionInfo, OracleError, Outcome};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};

/// Runs `python file` with PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1 and
/// PYTHONIOENCODING=utf-8, in the file's directory, with an empty stdin.
///
/// A relative `file` is made absolute first (see the crate's note on paths),
/// which is also what CPython shows for it. The exception, if any, is parsed
/// back from stderr (see [`Outcome::exception`]): its message is everything
/// after `Type: ` on the final line(s), so notes added with `add_note` end up
/// in it, and text the program writes to stderr after the traceback (atexit,
/// `__del__`) confuses it.
pub fn run_subprocess(python: &Path, file: &Path) -> Result<Outcome, OracleError> {
    let file = cpython_abspath(file)?;
    let dir = file
        .parent()
        .ok_or_else(|| OracleError::Path(file.clone()))?;
    let output = Command::new(python)
        .arg(&file)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| OracleError::Io(format!("cannot run {}: {e}", python.display())))?;
    // A signal (SIGINT after an uncaught KeyboardInterrupt) reads as a shell would.
    let exit_code = output
        .status
        .code()
        .or_else(|| output.status.signal().map(|s| 128 + s))
        .unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let exception = match exit_code {
        1 | 130 => parse_exception(&stderr),
        _ => None,
    };
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        exception,
        exit_code,
        stderr,
    })
}

/// `sys.version` of the interpreter at `python`.
pub fn python_version(python: &Path) -> Result<String, OracleError> {
    let output = Command::new(python)
        .args(["-c", "import sys; sys.stdout.write(sys.version)"])
        .output()
        .map_err(|e| OracleError::Io(format!("cannot run {}: {e}", python.display())))?;
    if !output.status.success() {
        return Err(OracleError::Io(format!(
            "{} failed: {}",
            python.display(),
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

const HEADERS: [&str; 2] = [
    "Traceback (most recent call last):\n",
    "  + Exception Group Traceback (most recent call last):\n",
];
const CHAIN_SEPARATORS: [&str; 2] = [
    "During handling of the above exception, another exception occurred:\n",
    "The above exception was the direct cause of the following exception:\n",
];

/// Finds the uncaught exception CPython printed at the end of `stderr`.
///
/// The last traceback header starts the final exception's block; chained
/// exceptions before it (joined by CPython's separator paragraphs) belong to
/// the traceback text too. A syntax error in the main file has no header:
/// its block starts at the last `  File "...", line N` line.
fn parse_exception(stderr: &str) -> Option<ExceptionInfo> {
    let lines: Vec<&str> = stderr.split_inclusive('\n').collect();
    let offsets: Vec<usize> = lines
        .iter()
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some(start)
        })
        .collect();
    let is_header = |line: &str| HEADERS.contains(&line);
    let last = match lines.iter().rposition(|l| is_header(l)) {
        Some(header) => header,
        None => lines.iter().rposition(|l| is_file_line(l)).or_else(|| {
            // An exception with neither traceback nor location (RecursionError
            // during compilation) is a bare last line; what else a program
            // may have written there (`sys.exit("Usage")`) must not look like
            // one, hence the conventional class-name endings.
            let last = lines.len().checked_sub(1)?;
            let (type_name, _) = final_line(lines[last])?;
            let conventional = [
                "Error",
                "Exception",
                "Warning",
                "Interrupt",
                "Exit",
                "Group",
            ];
            conventional
                .iter()
                .any(|end| type_name.ends_with(end))
                .then_some(last)
        })?,
    };
    // The exception's own text: the first line after the frames, whose lines
    // are indented (the group format prefixes them with "  | ").
    let body = lines[last..]
        .iter()
        .position(|l| final_line(l.strip_prefix("  | ").unwrap_or(l)).is_some())?
        + last;
    // A group's sub-exceptions follow its line; they are not its message.
    let final_text = match lines[last] == HEADERS[1] {
        true => lines[body].to_owned(),
        false => lines[body..].concat(),
    };
    let final_text = final_text.strip_prefix("  | ").unwrap_or(&final_text);
    let (type_name, message) = final_line(final_text)?;
    let message = message.strip_suffix('\n').unwrap_or(message).to_owned();

    let mut start = last;
    while start >= 3
        && lines[start - 3] == "\n"
        && CHAIN_SEPARATORS.contains(&lines[start - 2])
        && lines[start - 1] == "\n"
    {
        start = lines[..start - 3]
            .iter()
            .rposition(|l| is_header(l))
            .unwrap_or(start.saturating_sub(4));
    }
    Some(ExceptionInfo {
        type_name: type_name.to_owned(),
        message,
        traceback: stderr[offsets[start]..].to_owned(),
    })
}

/// `  File "name", line N` (no `, in func`): where a SyntaxError points.
fn is_file_line(line: &str) -> bool {
    line.strip_prefix("  File \"")
        .and_then(|rest| rest.rsplit_once("\", line "))
        .is_some_and(|(_, n)| n.trim_end().bytes().all(|b| b.is_ascii_digit()))
}

/// Splits `Type: message` (or a bare `Type`) where `Type` is a dotted
/// identifier, the way CPython prints an exception's last line.
fn final_line(text: &str) -> Option<(&str, &str)> {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .unwrap_or(text.len());
    let type_name = &text[..end];
    let first = type_name.chars().next()?;
    if !(first.is_alphabetic() || first == '_') {
        return None;
    }
    let rest = &text[end..];
    if rest.is_empty() || rest == "\n" {
        Some((type_name, ""))
    } else {
        rest.strip_prefix(": ").map(|message| (type_name, message))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Parsing only: which lines belong where. The texts are shapes, not
    // claims about what CPython prints (the integration tests compare runners).
    #[test]
    fn final_exception_of_a_chain() {
        let stderr = "noise\nTraceback (most recent call last):\n  File \"a\", line 1, in <module>\n\
                      KeyError: 1\n\nDuring handling of the above exception, another exception occurred:\n\n\
                      Traceback (most recent call last):\n  File \"a\", line 3, in <module>\nmod.Err\n";
        let e = parse_exception(stderr).expect("parsed");
        assert_eq!((e.type_name.as_str(), e.message.as_str()), ("mod.Err", ""));
        assert!(e.traceback.starts_with("Traceback") && e.traceback.contains("KeyError: 1"));
    }

    #[test]
    fn syntax_error_block_and_garbage() {
        let e =
            parse_exception("x\n  File \"/a.py\", line 2\n    1 +\n       ^\nSyntaxError: bad\n")
                .expect("parsed");
        assert_eq!(
            (e.type_name.as_str(), e.message.as_str()),
            ("SyntaxError", "bad")
        );
        assert!(e.traceback.starts_with("  File"));
        assert_eq!(parse_exception(""), None);
        assert_eq!(
            parse_exception("Traceback (most recent call last):\n"),
            None
        );
        assert_eq!(parse_exception("  File \"\", line \n: :\n"), None);
    }
}
