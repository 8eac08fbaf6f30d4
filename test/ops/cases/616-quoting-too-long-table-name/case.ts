await op.createTable(
  "a_table_name_that_is_longer_than_sixty_three_characters_for_postgresql",
  sa.Column("id", sa.Integer()),
);
