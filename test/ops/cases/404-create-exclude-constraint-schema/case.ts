await op.createExcludeConstraint(
  "no_overlap",
  "reservation",
  ["during", "&&"],
  { using: "gist", schema: "booking" },
);
