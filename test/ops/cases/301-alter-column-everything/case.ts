await op.alterColumn(
  "account",
  "name",
  {
    nullable: false,
    serverDefault: "x",
    type_: sa.String(100),
    existingType: sa.String(50),
    existingServerDefault: null,
    existingNullable: true,
    comment: "c",
    existingComment: null,
    postgresqlUsing: "name::varchar(100)",
    newColumnName: "label",
  },
);
