//! Integration-test support lives in tests/*.rs.
