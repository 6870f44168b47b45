//! CPython 3.11 as ground truth.
