import { describe, expect, it } from 'vitest';
import { complaintTags, isComplaintTag, tagChanges } from './complaintTags.ts';

describe('complaint tags', () => {
  it('names the tier and the category', () => {
    expect(complaintTags('crisis', 'lost_parcel')).toEqual(['complaint:crisis', 'complaint:lost_parcel']);
  });

  it('adds only what is missing, whatever the case Shopify stored it in', () => {
    expect(tagChanges(['VIP', 'Complaint:Crisis'], complaintTags('crisis', 'lost_parcel'))).toEqual({ add: ['complaint:lost_parcel'], remove: [] });
  });

  it('has nothing to do once the tags are there', () => {
    const wanted = complaintTags('severe', 'quality_defect');
    expect(tagChanges(['express', ...wanted], wanted)).toEqual({ add: [], remove: [] });
  });

  it("removes an earlier triage's tier and category, and leaves the merchant's own tags", () => {
    expect(tagChanges(['complaint:routine', 'complaint:logistics_delay', 'gift'], complaintTags('crisis', 'lost_parcel'))).toEqual({
      add: ['complaint:crisis', 'complaint:lost_parcel'],
      remove: ['complaint:routine', 'complaint:logistics_delay'],
    });
  });

  it('recognises complaint tags by prefix', () => {
    expect(isComplaintTag(' complaint:crisis ')).toBe(true);
    expect(isComplaintTag('complaints-dept')).toBe(false);
  });
});
