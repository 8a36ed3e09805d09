ALTER INDEX app.mv_idx1 RENAME TO mv_by_hand;
