//! WASM boundary tests in Node: `wasm-pack test --node -- --test wasm_node`.
#![cfg(target_arch = "wasm32")]

#[path = "common/wasm_cases.rs"]
mod wasm_cases;
