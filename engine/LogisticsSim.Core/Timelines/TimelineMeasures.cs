// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Core.Timelines;

/// <summary>The measures a <see cref="Timeline"/> holds, by the names timeline.csv uses.</summary>
public static class TimelineMeasures
{
    /// <summary>Cumulative tonnes delivered, per item.</summary>
    public const string DeliveredByItem = "delivered_t_by_item";

    /// <summary>Cumulative tonnes requested (ready so far), per item.</summary>
    public const string RequestedByItem = "requested_t_by_item";

    /// <summary>Cumulative tonnes delivered, per destination.</summary>
    public const string DeliveredByDestination = "delivered_t_by_destination";

    /// <summary>Cumulative tonnes requested (ready so far), per destination.</summary>
    public const string RequestedByDestination = "requested_t_by_destination";

    /// <summary>Tonnes ready and not yet delivered, per destination.</summary>
    public const string UnmetByDestination = "unmet_t";

    /// <summary>Cumulative person-days of needs unmet after their due time, per district.</summary>
    public const string DeprivationByDistrict = "deprivation_person_days";

    /// <summary>Vehicles with work, per mode.</summary>
    public const string VehiclesBusyByMode = "vehicles_busy";

    /// <summary>Tonnes in storage, per node that keeps stock.</summary>
    public const string StockByNode = "stock_t";
}
