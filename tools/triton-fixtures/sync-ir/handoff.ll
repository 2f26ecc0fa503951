; The fused-MoE cross-workgroup handoff written directly in LLVM IR, with
; the exact constructs our kernels emit (Triton has no explicit fence,
; load atomic or s.sleep): a ticket drawn by lane 0 (atomicrmw add) and
; broadcast through LDS + readfirstlane; producers (ticket < P) store, every
; lane fences release at agent scope, s.barrier, lane 0 bumps done; consumers
; spin on lane 0 (load atomic monotonic + s.sleep) until done >= P,
; s.barrier, every lane fences acquire, then sums the producers' data. The
; last workgroup (finished == the block count at implicitarg offset 0)
; resets the counters with store atomic / xchg.
;   counters = {ticket, done, finished}; data[P][128]; out[G - P][128];
;   order[G]: the ticket each workgroup drew.
;   data[p][t] = 1000 p + t + 7; out[c][t] = (c + 1) * sum_p data[p][t].
; Its ISA (make_fixtures.py, Triton's bundled LLVM) is the peer evidence of
; the gfx950 sequences; the emulator runs it against numpy.
target datalayout = "e-p:64:64-p1:64:64-p2:32:32-p3:32:32-p4:64:64-p5:32:32-p6:32:32-p7:160:256:256:32-p8:128:128:128:48-p9:192:256:256:32-i64:64-v16:16-v24:32-v32:32-v48:64-v96:128-v192:256-v256:256-v512:512-v1024:1024-v2048:2048-n32:64-S32-A5-G1-ni:7:8:9"
target triple = "amdgcn-amd-amdhsa"

@ticket_lds = internal addrspace(3) global i32 poison, align 4

define amdgpu_kernel void @sync_ir_handoff(ptr addrspace(1) %counters, ptr addrspace(1) %data, ptr addrspace(1) %out, ptr addrspace(1) %order, i32 %P) #0 {
entry:
  %tid = call i32 @llvm.amdgcn.workitem.id.x()
  %lane0 = icmp eq i32 %tid, 0
  %done = getelementptr inbounds i32, ptr addrspace(1) %counters, i64 1
  %finished = getelementptr inbounds i32, ptr addrspace(1) %counters, i64 2
  br i1 %lane0, label %draw, label %drawn

draw:
  %t = atomicrmw add ptr addrspace(1) %counters, i32 1 syncscope("agent") monotonic, align 4
  store i32 %t, ptr addrspace(3) @ticket_lds, align 4
  %wg = call i32 @llvm.amdgcn.workgroup.id.x()
  %wg64 = zext i32 %wg to i64
  %orderp = getelementptr inbounds i32, ptr addrspace(1) %order, i64 %wg64
  store i32 %t, ptr addrspace(1) %orderp, align 4
  br label %drawn

drawn:
  call void @llvm.amdgcn.s.barrier()
  %tlds = load i32, ptr addrspace(3) @ticket_lds, align 4
  %ticket = call i32 @llvm.amdgcn.readfirstlane.i32(i32 %tlds)
  %producer = icmp ult i32 %ticket, %P
  br i1 %producer, label %produce, label %consume

produce:
  %base = mul i32 %ticket, 128
  %idx = add i32 %base, %tid
  %idx64 = zext i32 %idx to i64
  %dp = getelementptr inbounds i32, ptr addrspace(1) %data, i64 %idx64
  %tk = mul i32 %ticket, 1000
  %v0 = add i32 %tk, %tid
  %v = add i32 %v0, 7
  store i32 %v, ptr addrspace(1) %dp, align 4
  fence syncscope("agent") release
  call void @llvm.amdgcn.s.barrier()
  br i1 %lane0, label %signal, label %finish

signal:
  %old = atomicrmw add ptr addrspace(1) %done, i32 1 syncscope("agent") monotonic, align 4
  br label %finish

consume:
  br i1 %lane0, label %spin, label %spun

spin:
  %seen = load atomic i32, ptr addrspace(1) %done syncscope("agent") monotonic, align 4
  %ready = icmp uge i32 %seen, %P
  br i1 %ready, label %spun, label %sleep

sleep:
  call void @llvm.amdgcn.s.sleep(i32 2)
  br label %spin

spun:
  call void @llvm.amdgcn.s.barrier()
  fence syncscope("agent") acquire
  br label %sum

sum:
  %p = phi i32 [ 0, %spun ], [ %pn, %sum ]
  %acc = phi i32 [ 0, %spun ], [ %accn, %sum ]
  %sb = mul i32 %p, 128
  %si = add i32 %sb, %tid
  %si64 = zext i32 %si to i64
  %sp = getelementptr inbounds i32, ptr addrspace(1) %data, i64 %si64
  %sv = load i32, ptr addrspace(1) %sp, align 4
  %accn = add i32 %acc, %sv
  %pn = add i32 %p, 1
  %more = icmp ult i32 %pn, %P
  br i1 %more, label %sum, label %write

write:
  %c = sub i32 %ticket, %P
  %c1 = add i32 %c, 1
  %r = mul i32 %accn, %c1
  %ob = mul i32 %c, 128
  %oi = add i32 %ob, %tid
  %oi64 = zext i32 %oi to i64
  %op = getelementptr inbounds i32, ptr addrspace(1) %out, i64 %oi64
  store i32 %r, ptr addrspace(1) %op, align 4
  br label %finish

finish:
  br i1 %lane0, label %count, label %exit

count:
  %f = atomicrmw add ptr addrspace(1) %finished, i32 1 syncscope("agent") acq_rel, align 4
  %ia = call ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr()
  %blocks = load i32, ptr addrspace(4) %ia, align 4
  %lastf = sub i32 %blocks, 1
  %last = icmp eq i32 %f, %lastf
  br i1 %last, label %reset, label %exit

reset:
  store atomic i32 0, ptr addrspace(1) %counters syncscope("agent") monotonic, align 4
  %x = atomicrmw xchg ptr addrspace(1) %done, i32 0 syncscope("agent") monotonic, align 4
  store atomic i32 0, ptr addrspace(1) %finished syncscope("agent") release, align 4
  br label %exit

exit:
  ret void
}

declare i32 @llvm.amdgcn.workitem.id.x()
declare i32 @llvm.amdgcn.workgroup.id.x()
declare void @llvm.amdgcn.s.barrier()
declare i32 @llvm.amdgcn.readfirstlane.i32(i32)
declare void @llvm.amdgcn.s.sleep(i32 immarg)
declare ptr addrspace(4) @llvm.amdgcn.implicitarg.ptr()

attributes #0 = { nounwind "amdgpu-flat-work-group-size"="1,128" "uniform-work-group-size"="true" }
