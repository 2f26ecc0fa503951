!t = index
module attributes {moe.a = array< // the alias may be index
  !t: 1>} {}
