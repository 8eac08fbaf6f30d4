await op.createExcludeConstraint(
  "no_overlap",
  "reservation",
  [sa.text("tsrange(starts, ends)"), "&&"],
  { using: "gist" },
);
