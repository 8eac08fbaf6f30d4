await op.createForeignKey(
  "fk_everything",
  "child",
  "parent",
  ["p_id", "p_v"],
  ["id", "v"],
  {
    onupdate: "CASCADE",
    ondelete: "NO ACTION",
    deferrable: false,
    initially: "IMMEDIATE",
    match: "SIMPLE",
    sourceSchema: "s1",
    referentSchema: "s2",
  },
);
