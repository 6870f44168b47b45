//! Fails the build early, with an actionable message, when the CPython the
//! oracle is meant to embed is missing or is not 3.11 (pyo3's own error would
//! either be obscure or, worse, silently pick another Python). The interpreter
//! path is handed to the crate so the subprocess runner and the PYTHONHASHSEED
//! self-check use the very build that is linked in.

use std::process::Command;

const HELP: &str =
    "quicken-oracle needs CPython 3.11 with its shared library: apt-get install python3.11-dev \
     (and set PYO3_PYTHON to its interpreter, e.g. /usr/bin/python3.11)";

const PROBE: &str = "import os, sys, sysconfig\n\
v = sys.version_info\n\
lib = os.path.join(sysconfig.get_config_var('LIBDIR') or '', sysconfig.get_config_var('LDLIBRARY') or '')\n\
print(f'{v.major}.{v.minor}', os.path.exists(lib), lib)";

fn main() {
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    println!("cargo:rerun-if-changed=build.rs");
    let python = std::env::var("PYO3_PYTHON").unwrap_or_else(|_| "python3.11".to_owned());
    let output = match Command::new(&python).args(["-c", PROBE]).output() {
        Ok(output) if output.status.success() => output,
        Ok(output) => panic!(
            "{HELP}\n`{python}` failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(err) => panic!("{HELP}\ncannot run `{python}`: {err}"),
    };
    let probe = String::from_utf8_lossy(&output.stdout);
    let mut fields = probe.split_whitespace();
    let version = fields.next().unwrap_or("?");
    if version != "3.11" {
        panic!("{HELP}\n`{python}` is Python {version}, not 3.11");
    }
    if fields.next() != Some("True") {
        panic!(
            "{HELP}\n`{python}` has no shared library at {}",
            fields.next().unwrap_or("?")
        );
    }
    println!("cargo:rustc-env=QUICKEN_ORACLE_PYTHON={python}");
}
