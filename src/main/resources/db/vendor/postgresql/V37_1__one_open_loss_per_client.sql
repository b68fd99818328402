-- One open loss per client, also when two servers record one at the same moment (the application checks first; the
-- loser of a race is answered 409 and, sent again, finds the loss already recorded).
create unique index client_loss_open_uk on client_loss (organisation_id) where state = 'LOST';
