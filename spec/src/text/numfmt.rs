//! Number <-> text: float repr, format specs, %-formatting, int/float parsing.
