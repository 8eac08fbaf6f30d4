await op.createExcludeConstraint(
  "no_overlap",
  "reservation",
  ["room", "="],
  ["during", "&&"],
  { using: "gist" },
);
