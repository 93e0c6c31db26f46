BeforeDiscovery {
    $root = Join-Path $PSScriptRoot '../..'
    $specOperations = Select-String -LiteralPath (Join-Path $root 'docs/spec/imgur-api-v3.md') -Pattern '^\| ([A-Z]{2}-\d{2}) \|' |
        ForEach-Object { $_.Matches[0].Groups[1].Value } | Select-Object -Unique
    $rows = Select-String -LiteralPath (Join-Path $root 'docs/api-coverage.md') -Pattern '^\| ([A-Z]{2}-\d{2}) \| [^|]+ \| [^|]+ \| ([^|]+) \| ([^|]*) \|' |
        ForEach-Object {
            $groups = $_.Matches[0].Groups
            $cmdlet = $groups[2].Value.Trim()
            @{
                Id           = $groups[1].Value
                Cmdlet       = ($cmdlet -replace '\s*\*\(planned\)\*', '')
                Planned      = $cmdlet -match '\(planned\)'
                ParameterSet = $groups[3].Value.Trim()
            }
        }
    $built = $rows | Where-Object { -not $_.Planned }
    $planned = $rows | Where-Object Planned
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
}

Describe 'docs/api-coverage.md' {
    # Discovery's variables are gone when tests run: the tests get what they compare through -ForEach.
    It 'lists every operation of the specification exactly once' -ForEach @(@{ RowIds = @($rows.Id); SpecIds = @($specOperations) }) {
        $SpecIds | Should -Not -BeNullOrEmpty -Because 'the specification''s operation tables must be read'
        ($RowIds | Sort-Object) | Should -Be ($SpecIds | Sort-Object)
    }

    It '<Id> is performed by <Cmdlet> <ParameterSet>' -ForEach $built {
        $command = Get-Command -Module ImgurPS -Name $Cmdlet -ErrorAction SilentlyContinue
        $command | Should -Not -BeNullOrEmpty -Because "the table names $Cmdlet for $Id"
        if ($ParameterSet) { $command.ParameterSets.Name | Should -Contain $ParameterSet }
    }

    It 'marks as planned only cmdlets that do not exist yet' -ForEach @(@{ Planned = @($planned) }) {
        $existing = $Planned | Where-Object { Get-Command -Module ImgurPS -Name $_.Cmdlet -ErrorAction Ignore }
        $existing.Id | Should -BeNullOrEmpty -Because 'a row whose cmdlet exists says which parameter set performs it instead'
    }
}
