//! The generator's small type lattice.

/// Static type of a generated expression or variable. Container elements are
/// scalars; `Obj` names a generated class (instances of subclasses fit), `Func`
/// a generated callable's signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Ty {
    Int,
    Float,
    Bool,
    Str,
    NoneT,
    List(Box<Ty>),
    Tuple(Vec<Ty>),
    Dict(Box<Ty>, Box<Ty>),
    Set(Box<Ty>),
    Obj(usize),
    Func(usize),
}

impl Ty {
    pub(crate) fn is_scalar(&self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool | Ty::Str | Ty::NoneT)
    }

    /// Types whose values can be ordered with `<` (and sorted).
    pub(crate) fn is_orderable(&self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool | Ty::Str)
    }

    pub(crate) fn is_container(&self) -> bool {
        matches!(
            self,
            Ty::List(_) | Ty::Tuple(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Str
        )
    }

    /// Types that may be printed directly with a deterministic text.
    pub(crate) fn printable(&self) -> bool {
        !matches!(self, Ty::Func(_))
    }
}
