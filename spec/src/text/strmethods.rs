//! The algorithms behind str methods, over &str.
