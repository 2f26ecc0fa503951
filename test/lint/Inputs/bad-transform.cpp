// What the architecture check rejects (a copy of main's old patterns).

#include "mxmoe/Compiler/Layer.h"

void f(const Config &c, const Kernel &k, Context *ctx) {
  bool scaled = c.precision != "a16w4";
  if (k.role == "stage2_reduce")
    parseSourceString<ModuleOp>(k.source, ctx);
}
