//! Embeds the Python-source standard library (src/modules/lib) into the
//! binary: one `(module name, source, is_package)` entry per file.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/modules/lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut entries = Vec::new();
    collect(&lib, "", &mut entries);
    entries.sort();
    let mut out = String::from("/// Embedded Python modules: (name, source, is_package).\npub static LIB_MODULES: &[(&str, &str, bool)] = &[\n");
    for (name, path, pkg) in &entries {
        println!("cargo:rerun-if-changed={path}");
        let _ = writeln!(out, "    ({name:?}, include_str!({path:?}), {pkg}),");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lib_modules.rs");
    std::fs::write(dest, out).expect("writing lib_modules.rs");
}

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, String, bool)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in rd.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            let init = path.join("__init__.py");
            let pkg = format!("{prefix}{name}");
            if init.exists() {
                out.push((pkg.clone(), init.display().to_string(), true));
            }
            collect(&path, &format!("{pkg}."), out);
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((format!("{prefix}{stem}"), path.display().to_string(), false));
            }
        }
    }
}
