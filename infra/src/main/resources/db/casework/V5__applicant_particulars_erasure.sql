-- Who erased an applicant's particulars (the staff user who asked, as authenticated), beside when. An erased row
-- keeps no particulars at all.
ALTER TABLE casework.applicant_particulars ADD COLUMN erased_by VARCHAR(200);
ALTER TABLE casework.applicant_particulars ADD CONSTRAINT applicant_particulars_erased_means_empty
    CHECK (erased_at IS NULL OR (applicant_name IS NULL AND contact IS NULL AND subject IS NULL));
