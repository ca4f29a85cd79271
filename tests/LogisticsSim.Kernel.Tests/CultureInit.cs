using System.Globalization;
using System.Runtime.CompilerServices;

namespace LogisticsSim.Kernel.Tests;

internal static class CultureInit
{
    [ModuleInitializer]
    internal static void PinInvariantCulture()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
    }
}
