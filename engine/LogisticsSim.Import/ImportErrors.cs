// SPDX-License-Identifier: Apache-2.0
namespace LogisticsSim.Import;

/// <summary>Every problem found in the inputs, collected so that all are reported at once rather than the first alone.</summary>
public sealed class ImportErrors
{
    private readonly List<ImportError> _errors = [];

    public IReadOnlyList<ImportError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string where, string found, string expected) => _errors.Add(new ImportError(where, found, expected));
}
