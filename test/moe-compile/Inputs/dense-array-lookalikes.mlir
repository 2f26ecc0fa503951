// Not dense arrays of index: array<index: 1> in a comment, a string and
// an LLVM array type; a dense array of i64.
module attributes {moe.s = "array<index: 1>", moe.t = !llvm.array<2 x i32>,
                   moe.u = array<i64: 1, 2>} {}
