// Round trip of every moe attribute.
// RUN: moe-opt %s | moe-opt | FileCheck %s

// CHECK-LABEL: func @attrs
// CHECK-SAME: a = #moe.activation<swiglu, alpha = 1.702000e+00, limit = 7.000000e+00>
// CHECK-SAME: b = #moe.activation<swiglu, alpha = 1.702000e+00, limit = inf>
// CHECK-SAME: c = #moe.activation<silu>
// CHECK-SAME: d = #moe.activation<swiglu, alpha = 1.702000e+00, limit = 7.000000e+00>
// CHECK-SAME: e = #moe.activation<swiglu, alpha = 2.500000e-01, limit = 1.000000e+01>
// CHECK-SAME: gu0 = #moe.gate_up<interleaved>, gu1 = #moe.gate_up<halves>, gu2 = #moe.gate_up<blocks16>
// CHECK-SAME: p0 = #moe.precision<a16w4>, p1 = #moe.precision<a8w4>, p2 = #moe.precision<a4w4>
// CHECK-SAME: s0 = #moe.scale_layout<e8m0_shuffle>, s1 = #moe.scale_layout<row_major>
// CHECK-SAME: u0 = #moe.unpack_strategy<auto>, u1 = #moe.unpack_strategy<hw>, u2 = #moe.unpack_strategy<sw>
// CHECK-SAME: w0 = #moe.weight_layout<preshuffle16x16>, w1 = #moe.weight_layout<row_major>
// CHECK-SAME: x0 = #moe.cache<none>, x1 = #moe.cache<sc0|nt|sc1>, x2 = #moe.cache<nt>
func.func @attrs() attributes {
    a = #moe.activation<swiglu, alpha = 1.702, limit = 7.0>,
    b = #moe.activation<swiglu, limit = inf>,
    c = #moe.activation<silu>,
    d = #moe.activation<swiglu>,
    e = #moe.activation<swiglu, limit = 10.0, alpha = 0.25>,
    gu0 = #moe.gate_up<interleaved>, gu1 = #moe.gate_up<halves>, gu2 = #moe.gate_up<blocks16>,
    p0 = #moe.precision<a16w4>, p1 = #moe.precision<a8w4>, p2 = #moe.precision<a4w4>,
    s0 = #moe.scale_layout<e8m0_shuffle>, s1 = #moe.scale_layout<row_major>,
    u0 = #moe.unpack_strategy<auto>, u1 = #moe.unpack_strategy<hw>, u2 = #moe.unpack_strategy<sw>,
    w0 = #moe.weight_layout<preshuffle16x16>, w1 = #moe.weight_layout<row_major>,
    x0 = #moe.cache<none>, x1 = #moe.cache<nt|sc0|sc1>, x2 = #moe.cache<nt>} {
  return
}
