await op.execute(sa.text("DELETE FROM t WHERE id = ANY(:ids)").bindparams({ ids: [1, 2, 3] }));
