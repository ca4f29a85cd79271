using System.Globalization;
using System.Runtime.CompilerServices;

namespace LogisticsSim.Core.Tests;

/// <summary>Pins the invariant culture before any test runs, so that a machine set to a comma-decimal culture cannot change results.</summary>
internal static class CultureInitializer
{
    [ModuleInitializer]
    internal static void PinInvariantCulture()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
