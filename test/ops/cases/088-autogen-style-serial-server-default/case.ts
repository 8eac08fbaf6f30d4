await op.createTable(
  "account",
  sa.Column(
    "id",
    sa.INTEGER(),
    {
      serverDefault: sa.text("nextval('account_id_seq'::regclass)"),
      autoincrement: true,
      nullable: false,
    },
  ),
  sa.Column("email", sa.VARCHAR({ length: 255 }), { autoincrement: false, nullable: false }),
  sa.PrimaryKeyConstraint("id", { name: "account_pkey" }),
  sa.UniqueConstraint("email", { name: "account_email_key" }),
  { postgresqlIgnoreSearchPath: false },
);
