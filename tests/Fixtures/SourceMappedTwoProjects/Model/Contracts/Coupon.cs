namespace SourceMappedTwoProjects.Contracts;

/// <summary>
/// An API DTO named like the deleted entity (and so like the dropped table "Coupons"). It maps nothing.
/// </summary>
public record Coupon(string Code, decimal Discount);
