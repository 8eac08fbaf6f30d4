await op.execute(sa.select(sa.func.setval("account_id_seq", 1000)));
