await op.createExcludeConstraint(
  "no_overlap",
  "reservation",
  ["room", "="],
  ["during", "&&"],
  { where: sa.text("NOT cancelled"), deferrable: true, initially: "DEFERRED" },
);
