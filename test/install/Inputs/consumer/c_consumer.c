/* Compiles a kernel to gfx950 ISA through the C API, then shows an error. */
#include "mxmoe-c/MXMoE.h"

#include <stdio.h>
#include <string.h>

int main(void) {
  const char *ir =
      "gpu.module @m {\n"
      "  gpu.func @k(%w: memref<?xi8, 1>, %o: memref<?xi32, 1>) kernel {\n"
      "    %c0 = arith.constant 0 : index\n"
      "    %v = moe.mxfp4_load %w[%c0, %c0] layout <row_major> k_dim 64 "
      "cache <nt> : memref<?xi8, 1> -> vector<8xf4E2M1FN>\n"
      "    %i = vector.bitcast %v : vector<8xf4E2M1FN> to vector<1xi32>\n"
      "    %x = vector.extract %i[0] : i32 from vector<1xi32>\n"
      "    memref.store %x, %o[%c0] : memref<?xi32, 1>\n"
      "    gpu.return\n  }\n}\n";
  MxmoeResult r = mxmoeCompile(ir, strlen(ir), "gfx950", MXMOE_EMIT_ISA);
  if (!r.ok) {
    fprintf(stderr, "%s", r.error);
    return 1;
  }
  printf("version %s, %zu bytes of ISA\n", mxmoeVersion(), r.size);
  printf("%s", strstr(r.data, "buffer_load_dword") ? "has buffer_load_dword\n" : "no load\n");
  mxmoeResultDestroy(&r);
  MxmoeResult bad = mxmoeCompile(ir, strlen(ir), "gfx1", MXMOE_EMIT_ISA);
  printf("bad chip: ok=%d error=%s", bad.ok, bad.error);
  mxmoeResultDestroy(&bad);
  return 0;
}
