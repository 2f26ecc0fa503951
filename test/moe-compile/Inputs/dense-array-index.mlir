// MLIR 22's parser crashes (SIGSEGV in parseDenseArrayAttr) on a dense
// array of index: the tools refuse it before parsing.
module attributes {moe.a = array<index: 1>} {}
