await op.execute(sa.text("UPDATE account SET status = :s WHERE id = :id").bindparams({ s: "closed", id: 5 }));
