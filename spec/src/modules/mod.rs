//! Modules and `import`.
//!
//! A module name is looked up, in order: in `sys.modules`; among the
//! built-in modules that cannot be shadowed (`sys`, `time`); as a `.py` file
//! or package beside the main script; in the embedded Python-source
//! standard library (`lib/`, compiled into the binary); among native
//! extension modules (`math`).

pub mod native;
mod sys;

use crate::eval::Vm;
use crate::runtime::exceptions::*;
use crate::runtime::*;
use std::path::PathBuf;
use std::rc::Rc;

include!(concat!(env!("OUT_DIR"), "/lib_modules.rs"));

/// A native extension module's functions and constants.
type NativeTable = native::NativeModule;

/// Native extension modules by name.
pub fn native_table(name: &str) -> Option<NativeTable> {
    native::lookup(name)
}

/// The embedded source of a library module: (source, is_package).
pub fn lib_source(name: &str) -> Option<(&'static str, bool)> {
    LIB_MODULES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, src, pkg)| (*src, *pkg))
}

/// A module object with a fresh namespace.
pub fn new_module(vm: &Vm, name: &str) -> Rc<Module> {
    let dict = Rc::new(Dict::new());
    dict.set_str(intern("__name__"), Value::str(name));
    dict.set_str(intern("__doc__"), Value::None);
    dict.set_str(intern("__package__"), Value::None);
    dict.set_str(intern("__spec__"), Value::None);
    dict.set_str(intern("__builtins__"), Value::Dict(vm.builtins.clone()));
    Rc::new(Module {
        name: intern(name),
        dict,
    })
}

impl Vm {
    /// `__import__(name, globals, fromlist, level)`: the meaning of IMPORT_NAME.
    pub fn import(
        &mut self,
        name: &str,
        globals: &Rc<Dict>,
        fromlist: &Value,
        level: u32,
    ) -> PyResult<Value> {
        let absolute = if level > 0 {
            self.resolve_relative(name, globals, level)?
        } else {
            name.to_string()
        };
        if absolute.is_empty() {
            return Err(value_error("Empty module name"));
        }
        let parts: Vec<&str> = absolute.split('.').collect();
        let mut top = None;
        let mut parent: Option<Value> = None;
        for i in 0..parts.len() {
            let prefix = parts[..=i].join(".");
            let m = self.load_module(&prefix, parent.as_ref())?;
            if let Some(p) = &parent {
                ops::setattr(self, p, &intern(parts[i]), m.clone())?;
            }
            if i == 0 {
                top = Some(m.clone());
            }
            parent = Some(m);
        }
        let wants_leaf = match fromlist {
            Value::None => false,
            Value::Tuple(t) => !t.items.is_empty(),
            other => ops::truthy(self, other)?,
        };
        // `from . import x` imports the package itself (level > 0, name "").
        Ok(if wants_leaf || level > 0 && name.is_empty() {
            parent
        } else {
            top
        }
        .unwrap_or(Value::None))
    }

    fn resolve_relative(&mut self, name: &str, globals: &Rc<Dict>, level: u32) -> PyResult<String> {
        let package = match globals.get_str(&intern("__package__")) {
            Some(Value::Str(p)) if !p.as_str().is_empty() => p.as_str().to_string(),
            _ => {
                return Err(import_error(
                    "attempted relative import with no known parent package",
                ));
            }
        };
        let mut base: Vec<&str> = package.split('.').collect();
        for _ in 1..level {
            if base.pop().is_none() {
                return Err(import_error(
                    "attempted relative import beyond top-level package",
                ));
            }
        }
        let mut out = base.join(".");
        if !name.is_empty() {
            out = if out.is_empty() {
                name.to_string()
            } else {
                format!("{out}.{name}")
            };
        }
        Ok(out)
    }

    /// Find, load and cache one (possibly dotted) module.
    fn load_module(&mut self, name: &str, parent: Option<&Value>) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(&intern(name)) {
            return Ok(m);
        }
        if let Some(m) = sys::builtin_module(self, name) {
            self.modules.set_str(intern(name), m.clone());
            return Ok(m);
        }
        if let Some((path, is_pkg)) = self.find_beside_script(name) {
            let filename = path.display().to_string();
            let bytes = std::fs::read(&path)
                .map_err(|e| import_error(format!("cannot read {filename}: {e}")))?;
            let code = crate::compile::compile_bytes(&bytes, &filename)
                .map_err(|e| self.compile_error_to_exception(&e, &filename))?;
            return self.exec_module(name, code, &filename, is_pkg);
        }
        if let Some((source, is_pkg)) = lib_source(name) {
            let filename = format!(
                "<quicken lib>/{}{}",
                name.replace('.', "/"),
                if is_pkg { "/__init__.py" } else { ".py" }
            );
            let code = crate::compile::compile(source, &filename)
                .map_err(|e| self.compile_error_to_exception(&e, &filename))?;
            return self.exec_module(name, code, &filename, is_pkg);
        }
        if let Some(m) = sys::native_module(self, name) {
            self.modules.set_str(intern(name), m.clone());
            return Ok(m);
        }
        let _ = parent;
        let err = PyErr::new(
            &types().exc.module_not_found_error,
            format!("No module named '{name}'"),
        );
        // ImportError.name is the module that was not found.
        err.exc.dict().set_str(intern("name"), Value::str(name));
        Err(err)
    }

    /// A `.py` file or package directory for `name` beside the main script.
    fn find_beside_script(&self, name: &str) -> Option<(PathBuf, bool)> {
        let dir = self.script_dir.as_ref()?;
        let rel: PathBuf = name.split('.').collect();
        let file = dir.join(&rel).with_extension("py");
        if file.is_file() {
            return Some((file, false));
        }
        let init = dir.join(&rel).join("__init__.py");
        if init.is_file() {
            return Some((init, true));
        }
        None
    }

    /// Run a module's source in a new namespace, caching it first so that
    /// circular imports see the partly initialized module.
    fn exec_module(
        &mut self,
        name: &str,
        code: Rc<crate::code::CodeObject>,
        filename: &str,
        is_pkg: bool,
    ) -> PyResult<Value> {
        let module = new_module(self, name);
        module
            .dict
            .set_str(intern("__file__"), Value::str(filename));
        let package = if is_pkg {
            name.to_string()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default()
        };
        module
            .dict
            .set_str(intern("__package__"), Value::string(package));
        if is_pkg {
            module.dict.set_str(intern("__path__"), Value::list(vec![]));
        }
        let value = Value::Module(module.clone());
        self.modules.set_str(intern(name), value.clone());
        let frame = self.new_frame(code, module.dict.clone(), Some(module.dict.clone()), None);
        match self.run_frame(frame) {
            Ok(_) => Ok(self.modules.get_str(&intern(name)).unwrap_or(value)),
            Err(e) => {
                self.modules.remove_str(&intern(name));
                Err(e)
            }
        }
    }

    /// A compile error in an imported module, as the exception CPython raises.
    pub fn compile_error_to_exception(
        &mut self,
        e: &crate::compile::CompileError,
        filename: &str,
    ) -> PyErr {
        let t = types();
        let ty = match e.kind {
            crate::compile::CompileErrorKind::IndentationError => t.exc.indentation_error.clone(),
            crate::compile::CompileErrorKind::TabError => t.exc.tab_error.clone(),
            crate::compile::CompileErrorKind::RecursionError => t.exc.recursion_error.clone(),
            _ => t.exc.syntax_error.clone(),
        };
        let msg = e.message.replace("{file}", filename);
        PyErr::new(&ty, msg)
    }

    /// IMPORT_FROM: `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &Name) -> PyResult<Value> {
        match ops::getattr(self, module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.is_instance(&types().exc.attribute_error) => {
                // A submodule not yet imported.
                if let Value::Module(m) = module {
                    if m.dict.get_str(&intern("__path__")).is_some() {
                        let full = format!("{}.{}", m.name.as_str(), name.as_str());
                        let g = m.dict.clone();
                        if let Ok(sub) = self.import(&full, &g, &Value::None, 0) {
                            let _ = sub;
                            if let Some(v) = self.modules.get_str(&intern(&full)) {
                                return Ok(v);
                            }
                        }
                    }
                    let file = m
                        .dict
                        .get_str(&intern("__file__"))
                        .and_then(|f| f.as_str().map(|s| s.as_str().to_string()))
                        .unwrap_or_else(|| "unknown location".into());
                    return Err(import_error(format!(
                        "cannot import name '{}' from '{}' ({})",
                        name.as_str(),
                        m.name.as_str(),
                        file
                    )));
                }
                Err(import_error(format!(
                    "cannot import name '{}'",
                    name.as_str()
                )))
            }
            Err(e) => Err(e),
        }
    }

    /// `from module import *` into `target`.
    pub fn import_star(&mut self, module: &Value, target: &Rc<Dict>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Err(type_error("import * needs a module"));
        };
        match m.dict.get_str(&intern("__all__")) {
            Some(all) => {
                for n in ops::collect(self, &all)? {
                    let Value::Str(s) = &n else {
                        return Err(type_error(format!(
                            "Item in {}.__all__ must be str, not {}",
                            m.name.as_str(),
                            type_name(&n).as_str()
                        )));
                    };
                    let v = self.import_from(module, s)?;
                    target.set_str(intern(s.as_str()), v);
                }
            }
            None => {
                for (k, v) in m.dict.items() {
                    if let Value::Str(s) = &k {
                        if !s.as_str().starts_with('_') {
                            target.set_str(intern(s.as_str()), v);
                        }
                    }
                }
            }
        }
        Ok(())
    }
}
