//===- UcontextFiber.cpp - Boost's ucontext fiber record, for ASan --------===//
//
// Sanitizer builds (MXMOE_SANITIZERS with address) select Boost.Context's
// ucontext fibers with BOOST_USE_ASAN, the implementation that announces
// every stack switch to ASan. Its per-thread "current fiber" record lives in
// libboost_context, which Debian builds for the assembly fibers only; this
// defines it. Empty in every other build.
//
//===----------------------------------------------------------------------===//

#if defined(BOOST_USE_UCONTEXT)

#include <boost/context/fiber.hpp>

namespace boost::context::detail {

fiber_activation_record *&fiber_activation_record::current() noexcept {
  // The thread's own context until its first switch to a fiber.
  thread_local fiber_activation_record threadContext;
  thread_local fiber_activation_record *running = &threadContext;
  return running;
}

} // namespace boost::context::detail

#endif // BOOST_USE_UCONTEXT
