//! Text utilities shared by every pipeline step: offsets and spans over the original input.

mod offsets;

pub use offsets::Utf16Index;
