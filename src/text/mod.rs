//! Text utilities shared by every pipeline step: offsets and spans over the original input.

mod offsets;
mod ranges;

pub use offsets::Utf16Index;
pub(crate) use ranges::RangeIndex;
