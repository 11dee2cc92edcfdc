import { describe, expect, it } from "vitest";
import { detailsToFields, parseCheckoutDetails } from "./details";

const courier = {
  email: " Shopper@Example.COM ",
  phone: "",
  delivery: "courier",
  name: "Chan Tai Man",
  line1: "Flat 3A, 18 Harbour Road",
  line2: "",
  district: "Wan Chai",
  region: "hk-island",
};

describe("checkout details", () => {
  it("accepts a courier address and normalises the email", () => {
    const parsed = parseCheckoutDetails(courier);
    expect(parsed).toEqual({
      ok: true,
      details: {
        email: "shopper@example.com",
        phone: undefined,
        delivery: "courier",
        address: { name: "Chan Tai Man", line1: "Flat 3A, 18 Harbour Road", line2: undefined, district: "Wan Chai", region: "hk-island" },
      },
    });
  });

  it("pick-up needs only an email", () => {
    expect(parseCheckoutDetails({ email: "a@b.hk", delivery: "pickup" })).toMatchObject({ ok: true, details: { delivery: "pickup" } });
  });

  it("names every missing courier field, by field", () => {
    const parsed = parseCheckoutDetails({ email: "", delivery: "courier" });
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: { email: "emailRequired", name: "required", line1: "required", district: "required", region: "regionRequired" },
    });
  });

  it("refuses a malformed email, phone and region, and garbage types", () => {
    const parsed = parseCheckoutDetails({ ...courier, email: "not-an-email", phone: "call me", region: "Mars" });
    expect(parsed).toMatchObject({ ok: false, fieldErrors: { email: "emailInvalid", phone: "phoneInvalid", region: "regionRequired" } });
    expect(parseCheckoutDetails({ email: ["x"], delivery: 7 })).toMatchObject({ ok: false });
  });

  it("round-trips to the form's fields for prefilling", () => {
    const parsed = parseCheckoutDetails(courier);
    if (!parsed.ok) throw new Error("expected valid");
    expect(detailsToFields(parsed.details)).toMatchObject({ email: "shopper@example.com", region: "hk-island", line2: "" });
  });
});
